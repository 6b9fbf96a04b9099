/// The lifecycle status of a backup.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BackupLifecycle {
    /// The backup is complete and can be used.
    Available,
    /// Amazon FSx is taking the backup.
    Creating,
    /// Lustre only: the backup is being written to Amazon S3.
    Transferring,
    /// The backup has been deleted.
    Deleted,
    /// The backup could not be completed.
    Failed,
    /// Lustre only: the backup was requested but has not started.
    Pending,
    /// The backup is being copied.
    Copying,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
impl BackupLifecycle {
    /// Every value the model knows, in the model's order.
    pub const VALUES: &'static [&'static str] = &[
        "AVAILABLE",
        "CREATING",
        "TRANSFERRING",
        "DELETED",
        "FAILED",
        "PENDING",
        "COPYING",
    ];
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "AVAILABLE",
            Self::Creating => "CREATING",
            Self::Transferring => "TRANSFERRING",
            Self::Deleted => "DELETED",
            Self::Failed => "FAILED",
            Self::Pending => "PENDING",
            Self::Copying => "COPYING",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for BackupLifecycle {
    fn from(s: &str) -> Self {
        match s {
            "AVAILABLE" => Self::Available,
            "CREATING" => Self::Creating,
            "TRANSFERRING" => Self::Transferring,
            "DELETED" => Self::Deleted,
            "FAILED" => Self::Failed,
            "PENDING" => Self::Pending,
            "COPYING" => Self::Copying,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BackupLifecycle {
    fn from(s: String) -> Self {
        match Self::from(s.as_str()) {
            Self::Unknown(_) => Self::Unknown(s),
            known => known,
        }
    }
}
impl ::std::str::FromStr for BackupLifecycle {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl AsRef<str> for BackupLifecycle {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for BackupLifecycle {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
use ::smithy_runtime::codec;
impl codec::WriteValue for BackupLifecycle {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_string(self.as_str())
    }
}
impl codec::ReadValue for BackupLifecycle {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        d.read_string().map(Self::from)
    }
}
#[cfg(feature = "serde")]
impl ::serde::Serialize for BackupLifecycle {
    fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(feature = "serde")]
impl<'de> ::serde::Deserialize<'de> for BackupLifecycle {
    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(d).map(Self::from)
    }
}
