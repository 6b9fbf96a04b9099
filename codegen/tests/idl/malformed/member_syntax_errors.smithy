$version: "2"
namespace example

// Every broken member is reported; the good ones around them still parse.
structure Foo {
    a String
    b: String
    c: 
    d: Integer
    5: String
    e: Integer
}

structure AfterTheErrors {
    f: Strin g
}
