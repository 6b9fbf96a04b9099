$version: "2"
namespace example.weather

// A broken `use`: what `Sensor` means is unknown, so the later phases are not run (a dangling
// target below would follow from this error, or not).
use example.sensors#

structure Station {
    sensor: Sensor
}
