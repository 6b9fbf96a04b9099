$version: "2"
namespace example.weather

structure Station {
    // Defined nowhere: reported together with the syntax errors of the other files.
    sensor: Sensor
    city: City
}
