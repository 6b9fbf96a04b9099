$version: "2"
namespace example.weather

strukture Forecast {}

structure Report {
    forecast: Forecast
    station: Station
}
