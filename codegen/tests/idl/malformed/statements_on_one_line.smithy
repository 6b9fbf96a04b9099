$version: "2" namespace example

string A string B
