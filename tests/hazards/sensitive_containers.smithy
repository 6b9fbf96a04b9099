$version: "2"
namespace hazard.secrets

@aws.protocols#awsJson1_0
service Svc { version: "2020-01-01", operations: [Op] }


/// Sensitive values inside lists, maps and unions, and an error whose message is sensitive.
operation Op { input: In, output: In, errors: [Denied] }
@sensitive
string Secret
structure In { list: Secrets, map: SecretMap, union: Holder, nested: Nested }
list Secrets { member: Secret }
map SecretMap { key: String, value: Secret }
union Holder { secret: Secret, plain: String }
list Nested { member: SecretMap }
@error("client")
structure Denied { message: Secret }
