$version: "2"
namespace example

string Fine
