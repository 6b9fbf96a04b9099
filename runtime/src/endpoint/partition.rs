//! The AWS partition table behind `aws.partition`: which partition a region belongs to and the
//! DNS facts of that partition. Hand-written data (public facts), looked up without allocation.

use std::sync::OnceLock;

use regex_lite::Regex;

/// One AWS partition, as `aws.partition` exposes it to rule sets.
#[derive(Debug, PartialEq, Eq)]
pub struct Partition {
    /// The partition (`aws`, `aws-cn`, ...).
    pub name: &'static str,
    /// Its DNS suffix.
    pub dns_suffix: &'static str,
    /// Its dual-stack DNS suffix.
    pub dual_stack_dns_suffix: &'static str,
    /// Whether it has FIPS endpoints.
    pub supports_fips: bool,
    /// Whether it has dual-stack endpoints.
    pub supports_dual_stack: bool,
    /// The region global (partitional) services sign for.
    pub implicit_global_region: &'static str,
    /// Regions that belong here whatever their shape (e.g. `aws-global`).
    pub regions: &'static [&'static str],
    /// The shape of this partition's region names.
    pub region_regex: &'static str,
}

/// In lookup order; `aws` first because unknown regions fall back to it.
pub static PARTITIONS: &[Partition] = &[
    Partition {
        name: "aws",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "us-east-1",
        regions: &[
            "aws-global",
            "af-south-1",
            "ap-east-1",
            "ap-east-2",
            "ap-northeast-1",
            "ap-northeast-2",
            "ap-northeast-3",
            "ap-south-1",
            "ap-south-2",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "ap-southeast-5",
            "ap-southeast-6",
            "ap-southeast-7",
            "ca-central-1",
            "ca-west-1",
            "eu-central-1",
            "eu-central-2",
            "eu-north-1",
            "eu-south-1",
            "eu-south-2",
            "eu-west-1",
            "eu-west-2",
            "eu-west-3",
            "il-central-1",
            "me-central-1",
            "me-south-1",
            "mx-central-1",
            "sa-east-1",
            "us-east-1",
            "us-east-2",
            "us-west-1",
            "us-west-2",
        ],
        region_regex: r"^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$",
    },
    Partition {
        name: "aws-cn",
        dns_suffix: "amazonaws.com.cn",
        dual_stack_dns_suffix: "api.amazonwebservices.com.cn",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "cn-northwest-1",
        regions: &["aws-cn-global", "cn-north-1", "cn-northwest-1"],
        region_regex: r"^cn\-\w+\-\d+$",
    },
    Partition {
        name: "aws-us-gov",
        dns_suffix: "amazonaws.com",
        dual_stack_dns_suffix: "api.aws",
        supports_fips: true,
        supports_dual_stack: true,
        implicit_global_region: "us-gov-west-1",
        regions: &["aws-us-gov-global", "us-gov-east-1", "us-gov-west-1"],
        region_regex: r"^us\-gov\-\w+\-\d+$",
    },
    Partition {
        name: "aws-iso",
        dns_suffix: "c2s.ic.gov",
        dual_stack_dns_suffix: "c2s.ic.gov",
        supports_fips: true,
        supports_dual_stack: false,
        implicit_global_region: "us-iso-east-1",
        regions: &["aws-iso-global", "us-iso-east-1", "us-iso-west-1"],
        region_regex: r"^us\-iso\-\w+\-\d+$",
    },
    Partition {
        name: "aws-iso-b",
        dns_suffix: "sc2s.sgov.gov",
        dual_stack_dns_suffix: "sc2s.sgov.gov",
        supports_fips: true,
        supports_dual_stack: false,
        implicit_global_region: "us-isob-east-1",
        regions: &["aws-iso-b-global", "us-isob-east-1"],
        region_regex: r"^us\-isob\-\w+\-\d+$",
    },
    Partition {
        name: "aws-iso-e",
        dns_suffix: "cloud.adc-e.uk",
        dual_stack_dns_suffix: "cloud.adc-e.uk",
        supports_fips: true,
        supports_dual_stack: false,
        implicit_global_region: "eu-isoe-west-1",
        regions: &["aws-iso-e-global", "eu-isoe-west-1"],
        region_regex: r"^eu\-isoe\-\w+\-\d+$",
    },
    Partition {
        name: "aws-iso-f",
        dns_suffix: "csp.hci.ic.gov",
        dual_stack_dns_suffix: "csp.hci.ic.gov",
        supports_fips: true,
        supports_dual_stack: false,
        implicit_global_region: "us-isof-south-1",
        regions: &["aws-iso-f-global", "us-isof-east-1", "us-isof-south-1"],
        region_regex: r"^us\-isof\-\w+\-\d+$",
    },
    Partition {
        name: "aws-eusc",
        dns_suffix: "amazonaws.eu",
        dual_stack_dns_suffix: "amazonaws.eu",
        supports_fips: true,
        supports_dual_stack: false,
        implicit_global_region: "eusc-de-east-1",
        regions: &["eusc-de-east-1"],
        region_regex: r"^eusc\-(de)\-\w+\-\d+$",
    },
];

fn regexes() -> &'static [Option<Regex>] {
    static COMPILED: OnceLock<Vec<Option<Regex>>> = OnceLock::new();
    // The patterns are constants above; `ok()` keeps a typo from ever panicking (the partition then
    // only matches its named regions, and the unit tests catch it).
    COMPILED.get_or_init(|| {
        PARTITIONS
            .iter()
            .map(|p| Regex::new(p.region_regex).ok())
            .collect()
    })
}

/// The partition of `region`: a named region first, then the region-name patterns, and `aws` for
/// anything else (as the AWS SDKs do, so new regions work before the table knows them).
pub fn partition_for_region(region: &str) -> &'static Partition {
    if let Some(p) = PARTITIONS.iter().find(|p| p.regions.contains(&region)) {
        return p;
    }
    let regexes = regexes();
    PARTITIONS
        .iter()
        .zip(regexes)
        .find(|(_, re)| re.as_ref().is_some_and(|re| re.is_match(region)))
        .map_or(&PARTITIONS[0], |(p, _)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_regex_compiles() {
        assert!(regexes().iter().all(Option::is_some));
    }

    #[test]
    fn named_and_patterned_regions() {
        let cases = [
            ("us-east-1", "aws"),
            ("aws-global", "aws"),
            ("mx-central-1", "aws"),
            ("us-west-9", "aws"),
            ("cn-north-1", "aws-cn"),
            ("cn-south-7", "aws-cn"),
            ("aws-cn-global", "aws-cn"),
            ("us-gov-west-1", "aws-us-gov"),
            ("us-gov-central-5", "aws-us-gov"),
            ("us-iso-east-1", "aws-iso"),
            ("us-isob-east-1", "aws-iso-b"),
            ("eu-isoe-west-1", "aws-iso-e"),
            ("us-isof-south-1", "aws-iso-f"),
            ("eusc-de-east-1", "aws-eusc"),
            ("eusc-de-north-2", "aws-eusc"),
            ("eusc-fr-east-1", "aws"),
            ("local", "aws"),
            ("", "aws"),
            ("not a region", "aws"),
        ];
        for (region, want) in cases {
            assert_eq!(partition_for_region(region).name, want, "region {region}");
        }
    }

    #[test]
    fn partition_facts() {
        let cn = partition_for_region("cn-northwest-1");
        assert_eq!(cn.dns_suffix, "amazonaws.com.cn");
        assert_eq!(cn.dual_stack_dns_suffix, "api.amazonwebservices.com.cn");
        assert_eq!(cn.implicit_global_region, "cn-northwest-1");
        let iso = partition_for_region("us-iso-west-1");
        assert!(iso.supports_fips && !iso.supports_dual_stack);
        assert_eq!(
            partition_for_region("us-gov-east-1").dual_stack_dns_suffix,
            "api.aws"
        );
        assert_eq!(
            partition_for_region("eu-isoe-west-1").dns_suffix,
            "cloud.adc-e.uk"
        );
        assert_eq!(
            partition_for_region("us-isof-east-1").dns_suffix,
            "csp.hci.ic.gov"
        );
        assert_eq!(
            partition_for_region("eusc-de-east-1").dns_suffix,
            "amazonaws.eu"
        );
        // Every named region must agree with its partition's own pattern or be a `*-global` alias.
        for (p, re) in PARTITIONS.iter().zip(regexes()) {
            for r in p.regions {
                let re = re.as_ref().unwrap();
                assert!(
                    re.is_match(r) || r.ends_with("-global"),
                    "{r} in {}",
                    p.name
                );
            }
        }
    }
}
