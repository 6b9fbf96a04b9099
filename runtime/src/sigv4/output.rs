//! What a signer returns, for either placement of the signature.

use std::fmt;
use std::marker::PhantomData;

/// Where the signature goes: [`InHeaders`] ([`sign_headers`](super::sign_headers)) or
/// [`InQuery`] ([`presign`](super::presign)).
pub trait Placement: sealed::Sealed {
    #[doc(hidden)]
    const DEBUG_NAME: &'static str;
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for super::InHeaders {}
    impl Sealed for super::InQuery {}
}

/// A signature placed in headers.
#[derive(Debug)]
pub enum InHeaders {}

/// A signature placed in the query (presigned URLs).
#[derive(Debug)]
pub enum InQuery {}

impl Placement for InHeaders {
    const DEBUG_NAME: &'static str = "SignedHeaders";
}

impl Placement for InQuery {
    const DEBUG_NAME: &'static str = "Presigned";
}

/// The name/value pairs to add to the request, plus the intermediate texts for diagnosing a
/// mismatch (a service's SignatureDoesNotMatch error shows its own canonical request).
pub struct Signed<P: Placement> {
    pub(crate) pairs: Vec<(&'static str, String)>,
    pub(crate) canonical_request: String,
    pub(crate) string_to_sign: String,
    pub(crate) signature: String,
    pub(crate) placement: PhantomData<P>,
}

impl<P: Placement> Signed<P> {
    /// The canonical request that was signed (for debugging a mismatch).
    pub fn canonical_request(&self) -> &str {
        &self.canonical_request
    }

    /// The string to sign.
    pub fn string_to_sign(&self) -> &str {
        &self.string_to_sign
    }

    /// The hex signature.
    pub fn signature(&self) -> &str {
        &self.signature
    }

    pub(crate) fn pairs(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.pairs.iter().map(|(k, v)| (*k, v.as_str()))
    }
}

/// Names only. The values hold the signature and the session token, the canonical request holds
/// the token when it is signed, and any of them lets a reader of a log replay the request.
impl<P: Placement> fmt::Debug for Signed<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.pairs.iter().map(|(k, _)| *k).collect();
        f.debug_struct(P::DEBUG_NAME)
            .field("names", &names)
            .field("canonical_request", &"** redacted **")
            .field("signature", &"** redacted **")
            .finish()
    }
}
