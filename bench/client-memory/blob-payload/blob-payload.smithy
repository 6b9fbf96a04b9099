$version: "2"

// The bench's restJson1 case: an `@httpPayload` blob each way (the body is the blob's bytes as they are).
namespace bench.payload

use aws.protocols#restJson1

@restJson1
service Blobs {
    version: "2026-12-03"
    operations: [Echo]
}

@http(method: "POST", uri: "/echo")
operation Echo {
    input: EchoInput
    output: EchoOutput
}

structure EchoInput {
    @httpPayload
    data: Blob
}

structure EchoOutput {
    @httpPayload
    data: Blob
}
