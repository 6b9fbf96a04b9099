#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct IamInstanceProfile {
    pub arn: Option<String>,
    pub id: Option<String>,
}
impl IamInstanceProfile {
    /// A builder for [`IamInstanceProfile`].
    pub fn builder() -> IamInstanceProfileBuilder {
        IamInstanceProfileBuilder::default()
    }
}
/// A builder for [`IamInstanceProfile`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IamInstanceProfileBuilder {
    pub arn: Option<String>,
    pub id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl IamInstanceProfileBuilder {
    /// Builds the [`IamInstanceProfile`].
    pub fn build(self) -> IamInstanceProfile {
        IamInstanceProfile {
            arn: self.arn,
            id: self.id,
        }
    }
}
::smithy_runtime::setters!(
    IamInstanceProfileBuilder, [(arn, String, "Arn"), (id, String, "Id")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "IamInstanceProfile",
    &[
        codec::Member::new("Arn").xml("arn").ec2_query("Arn"),
        codec::Member::new("Id").xml("id").ec2_query("Id"),
    ],
);
::smithy_runtime::structure_codec!(
    IamInstanceProfile, IamInstanceProfileBuilder, build, [arn, id]
);
