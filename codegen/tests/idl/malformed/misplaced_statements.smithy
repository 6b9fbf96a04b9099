$version: "2"
namespace example

use other#Thing

string Foo

metadata late = true
use other#Late
namespace again
$version: "2"
