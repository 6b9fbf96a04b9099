$version: "2"
namespace example

structur Foo {}

string Fine
