$version: "2"
namespace example.weather

// An unknown shape type: `Forecast` is reported here, not again as a dangling target below.
strukture Forecast {
    high: Integer
}

structure GetForecastOutput {
    forecast: Forecast
    city: City
}

// A syntax error inside one member: the rest of the shape, and of the file, is still checked.
structure City {
    name String
    population: Integer
}
