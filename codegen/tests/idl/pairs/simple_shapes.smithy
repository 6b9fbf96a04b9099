$version: "2"

namespace example.simple

blob MyBlob
boolean MyBoolean
document MyDocument
string MyString
byte MyByte
short MyShort
integer MyInteger
long MyLong
float MyFloat
double MyDouble
bigInteger MyBigInteger
bigDecimal MyBigDecimal
timestamp MyTimestamp

@length(min: 1, max: 10)
@pattern("^[a-z]+$")
string Constrained

@range(min: -5, max: 1e3)
integer Ranged
