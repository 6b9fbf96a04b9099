$version: "2"
namespace hazard.defaults

@aws.protocols#awsJson1_0
service Svc { version: "2020-01-01", operations: [Op] }


/// Defaults on every simple type, in input and output (output members with defaults are plain values).
operation Op { input: Values, output: Values }
structure Values {
    @default(12345678901234567890123) bigInt: BigInteger
    @default(1.25) bigDec: BigDecimal
    @default(0) epoch: Timestamp
    @default("1985-04-12T23:20:50.52Z") dateTime: Timestamp
    @default("aGVsbG8=") data: Blob
    @default("") empty: Blob
    @default(1.5) f: Float
    @default(-1) b: Byte
    @default(true) t: Boolean
    @default("x") s: String
    @default([]) l: Names
    @default({}) m: Pairs
    @default("A") e: Kind
    @default(2) i: Level
    @default({}) doc: Document
}
list Names { member: String }
map Pairs { key: String, value: String }
enum Kind { A, B }
intEnum Level { LOW = 1, HIGH = 2 }
