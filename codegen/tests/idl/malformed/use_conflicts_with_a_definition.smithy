$version: "2"
namespace example

use other#Foo
use more#Foo
use other#Bar$member
use Relative

string Foo
