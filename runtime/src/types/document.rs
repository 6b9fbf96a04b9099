use serde::{Deserialize, Serialize};

/// An untyped JSON value (Smithy `document`); on the wire exactly the JSON it holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Document(pub serde_json::Value);

impl Document {
    pub fn as_value(&self) -> &serde_json::Value {
        &self.0
    }

    pub fn into_inner(self) -> serde_json::Value {
        self.0
    }
}

impl From<serde_json::Value> for Document {
    fn from(v: serde_json::Value) -> Self {
        Document(v)
    }
}

impl From<Document> for serde_json::Value {
    fn from(d: Document) -> Self {
        d.0
    }
}

impl std::ops::Deref for Document {
    type Target = serde_json::Value;
    fn deref(&self) -> &serde_json::Value {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_any_json() {
        let text = r#"{"a":[1,2.5,"x",null,true,{"b":{}}]}"#;
        let d: Document = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), text);
        assert_eq!(d["a"][2], "x");
    }
}
