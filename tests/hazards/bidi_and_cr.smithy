$version: "2"
namespace hazard.bidi

@aws.protocols#awsJson1_0
@title("Service \u202E title")
@aws.api#service(sdkId: "Bidi \u202E Svc")
service Svc { version: "2020-01-01", operations: [Op] }


/// Reversed ‮ text ⁦ isolated ⁩ and a lonecarriage return.
@title("Title \u202E reversed")
operation Op { input: In, output: Out }
/// Field ‭ docs.
structure In { kind: Kind, @documentation("member \u2067 doc\rwith CR") name: String }
enum Kind {
    /// Value ‮ docs.
    A = "a\u202Eb"
    B = "plain"
}
structure Out {}
