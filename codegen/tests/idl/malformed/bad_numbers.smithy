$version: "2"
namespace example

@range(min: 01, max: 1.)
integer A

@range(min: .5)
integer B

@range(max: 1e999)
integer C
