$version: "2"
$operationInputSuffix: "Request"
$operationOutputSuffix: "Response"
$someFutureDirective: "ignored"

namespace example.weather

use smithy.api#String

/// The service.
@title("Weather")
service Weather {
    version: "2006-03-01"
    resources: [City]
    operations: [GetCurrentTime]
    errors: [ServiceUnavailable]
    rename: {
        "example.weather#Forecast": "CityForecast"
    }
}

resource City {
    identifiers: { cityId: CityId }
    properties: { coordinates: CityCoordinates, name: String }
    create: CreateCity
    read: GetCity
    list: ListCities
    resources: [Forecast]
    operations: [ReportCity]
    collectionOperations: [BatchGetCity]
}

resource Forecast {
    identifiers: { cityId: CityId }
    read: GetForecast
}

@pattern("^[A-Za-z0-9 ]+$")
string CityId

structure CityCoordinates {
    @required
    latitude: Float

    @required
    longitude: Float
}

@readonly
operation GetCity {
    input := for City {
        @required
        $cityId
    }
    output := for City {
        @required
        $name

        $coordinates
    }
    errors: [NoSuchResource]
}

operation CreateCity {
    input := {
        @required
        name: String
        coordinates: CityCoordinates
    }
    output := @references([{resource: City}]) {
        @required
        cityId: CityId
    }
}

@readonly
@paginated(items: "items")
operation ListCities {
    input := {
        nextToken: String
        pageSize: Integer
    }
    output := {
        nextToken: String
        @required
        items: CitySummaries
    }
}

operation ReportCity {
    input: ReportCityInput
}

structure ReportCityInput {
    @required
    cityId: CityId
}

operation BatchGetCity {}

@readonly
operation GetForecast {
    input := for Forecast {
        @required
        $cityId
    }
    output := {
        chanceOfRain: Float
    }
}

@readonly
operation GetCurrentTime {
    output := {
        @required
        time: Timestamp
    }
}

list CitySummaries {
    member: CitySummary
}

@references([{resource: City}])
structure CitySummary {
    @required
    cityId: CityId

    @required
    name: String
}

@error("client")
structure NoSuchResource {
    @required
    resourceType: String
}

@error("server")
@retryable
@httpError(503)
structure ServiceUnavailable {}
