//! AWS library functions other than `aws.partition`: ARNs and S3 bucket names.

use std::net::Ipv4Addr;

/// The `ARN` structure of `aws.parseArn`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Arn {
    pub partition: String,
    pub service: String,
    pub region: String,
    pub account_id: String,
    pub resource_id: Vec<String>,
}

/// `aws.parseArn`: `arn:partition:service:region:account:resource`, the resource split on `:`
/// and `/`. Region and account may be empty; partition, service and resource may not.
pub(crate) fn parse_arn(input: &str) -> Option<Arn> {
    let mut parts = input.splitn(6, ':');
    if parts.next()? != "arn" {
        return None;
    }
    let partition = parts.next()?;
    let service = parts.next()?;
    let region = parts.next()?;
    let account_id = parts.next()?;
    let resource = parts.next()?;
    if partition.is_empty() || service.is_empty() || resource.is_empty() {
        return None;
    }
    Some(Arn {
        partition: partition.to_owned(),
        service: service.to_owned(),
        region: region.to_owned(),
        account_id: account_id.to_owned(),
        resource_id: resource.split([':', '/']).map(str::to_owned).collect(),
    })
}

/// `aws.isVirtualHostableS3Bucket`: the bucket can be the first label(s) of a host name, following
/// S3's bucket naming rules (3 to 63 lower-case letters, digits, hyphens, and dots when
/// `allow_sub_domains`; starts and ends with a letter or digit; no empty labels or labels starting
/// or ending with a hyphen; not shaped like an IPv4 address).
pub(crate) fn is_virtual_hostable_s3_bucket(bucket: &str, allow_sub_domains: bool) -> bool {
    let bytes = bucket.as_bytes();
    if !(3..=63).contains(&bytes.len()) {
        return false;
    }
    let lower_alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    if !lower_alnum(bytes[0]) || !lower_alnum(bytes[bytes.len() - 1]) {
        return false;
    }
    if !allow_sub_domains {
        return bytes.iter().all(|&b| lower_alnum(b) || b == b'-');
    }
    if bucket.parse::<Ipv4Addr>().is_ok() {
        return false;
    }
    bucket.split('.').all(|label| {
        let l = label.as_bytes();
        !l.is_empty()
            && lower_alnum(l[0])
            && lower_alnum(l[l.len() - 1])
            && l.iter().all(|&b| lower_alnum(b) || b == b'-')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arn_spec_examples() {
        let a = parse_arn("arn:aws:sns:us-west-2:012345678910:example-sns-topic-name").unwrap();
        assert_eq!(
            (a.partition.as_str(), a.service.as_str(), a.region.as_str()),
            ("aws", "sns", "us-west-2")
        );
        assert_eq!(a.account_id, "012345678910");
        assert_eq!(a.resource_id, ["example-sns-topic-name"]);
        assert!(parse_arn("11111111-2222-3333-4444-555555555555").is_none());
        let a = parse_arn("arn:aws:ec2:us-east-1:012345678910:vpc/vpc-0e9801d129EXAMPLE").unwrap();
        assert_eq!(a.resource_id, ["vpc", "vpc-0e9801d129EXAMPLE"]);
        let a = parse_arn("arn:aws:iam::012345678910:user/johndoe").unwrap();
        assert_eq!((a.region.as_str(), a.resource_id.len()), ("", 2));
        let a = parse_arn("arn:aws:s3:::bucket_name").unwrap();
        assert_eq!((a.region.as_str(), a.account_id.as_str()), ("", ""));
        assert_eq!(a.resource_id, ["bucket_name"]);
        let a = parse_arn("arn:aws:s3:us-west-2:123:accesspoint:my:ap").unwrap();
        assert_eq!(a.resource_id, ["accesspoint", "my", "ap"]);
    }

    #[test]
    fn arn_rejects() {
        for bad in [
            "arn:aws:s3:::",
            "arn::s3:::x",
            "arn:aws::::x",
            "arn:aws:s3",
            "nar:aws:s3:::x",
            "",
        ] {
            assert!(parse_arn(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn bucket_names() {
        assert!(is_virtual_hostable_s3_bucket("bucket-name", false));
        assert!(is_virtual_hostable_s3_bucket("abc", false));
        assert!(!is_virtual_hostable_s3_bucket("ab", false));
        assert!(!is_virtual_hostable_s3_bucket(&"a".repeat(64), false));
        assert!(!is_virtual_hostable_s3_bucket("Bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("bucket-", false));
        assert!(!is_virtual_hostable_s3_bucket("-bucket", false));
        assert!(!is_virtual_hostable_s3_bucket("bucket.name", false));
        assert!(is_virtual_hostable_s3_bucket("bucket.name", true));
        assert!(!is_virtual_hostable_s3_bucket("bucket..name", true));
        assert!(!is_virtual_hostable_s3_bucket("bucket.-name", true));
        assert!(!is_virtual_hostable_s3_bucket("bucket-.name", true));
        assert!(!is_virtual_hostable_s3_bucket("192.168.5.4", true));
        assert!(!is_virtual_hostable_s3_bucket("bucket_name", true));
    }
}
