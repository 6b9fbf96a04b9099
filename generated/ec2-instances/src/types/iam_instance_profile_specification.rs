#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct IamInstanceProfileSpecification {
    pub arn: Option<String>,
    pub name: Option<String>,
}
impl IamInstanceProfileSpecification {
    /// A builder for [`IamInstanceProfileSpecification`].
    pub fn builder() -> IamInstanceProfileSpecificationBuilder {
        IamInstanceProfileSpecificationBuilder::default()
    }
}
/// A builder for [`IamInstanceProfileSpecification`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IamInstanceProfileSpecificationBuilder {
    pub arn: Option<String>,
    pub name: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl IamInstanceProfileSpecificationBuilder {
    /// Builds the [`IamInstanceProfileSpecification`].
    pub fn build(self) -> IamInstanceProfileSpecification {
        IamInstanceProfileSpecification {
            arn: self.arn,
            name: self.name,
        }
    }
}
::smithy_runtime::setters!(
    IamInstanceProfileSpecificationBuilder, [(arn, String, "Arn"), (name, String,
    "Name")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "IamInstanceProfileSpecification",
    &[
        codec::Member::new("Arn").xml("arn").ec2_query("Arn"),
        codec::Member::new("Name").xml("name").ec2_query("Name"),
    ],
);
::smithy_runtime::structure_codec!(
    IamInstanceProfileSpecification, IamInstanceProfileSpecificationBuilder, build, [arn,
    name]
);
