//! The JMESPath subset that `smithy.rules#operationContextParams` paths may use (rules engine spec,
//! "parameters"): identifiers, sub-expressions (`a.b`), wildcard projections (`a[*].b`, `a.*`), the
//! flatten operator (`a[].b`), multi-select lists (`[a, b.c]`) and the `keys(..)` function. Checked
//! here, when the model is read, so that a path outside the subset is a model error; the generated
//! code carries the text, and the runtime's one JMESPath evaluator (a superset, shared with waiters)
//! runs it.

/// One step of a checked path, applied to what the steps before it selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Field(String),
    Project,
    Flatten,
    Keys,
    MultiSelect(Vec<Vec<Step>>),
}

/// `text` as steps, or what is wrong with it and where (a byte offset).
pub fn parse(text: &str) -> Result<Vec<Step>, String> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let steps = p.expression()?;
    p.blanks();
    if p.at != p.bytes.len() {
        return Err(p.error("unexpected character"));
    }
    Ok(steps)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        format!(
            "{what} at offset {} of `{}` (operationContextParams paths allow identifiers, `.`, `[*]`, `*`, `[]`, `[a, b]` and `keys(..)`)",
            self.at, self.text
        )
    }

    fn blanks(&mut self) {
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    fn eat(&mut self, s: &str) -> bool {
        self.blanks();
        if self.text[self.at..].starts_with(s) {
            self.at += s.len();
            true
        } else {
            false
        }
    }

    fn identifier(&mut self) -> Option<String> {
        self.blanks();
        let start = self.at;
        while self
            .bytes
            .get(self.at)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            self.at += 1;
        }
        let id = &self.text[start..self.at];
        (!id.is_empty() && !id.as_bytes()[0].is_ascii_digit()).then(|| id.to_owned())
    }

    /// A primary (identifier, `keys(..)`, `*`, a multi-select list) and what follows it.
    fn expression(&mut self) -> Result<Vec<Step>, String> {
        let mut steps = Vec::new();
        self.blanks();
        if self.eat("*") {
            steps.push(Step::Project);
        } else if self.text[self.at..].starts_with("[") {
            self.bracket(&mut steps)?;
        } else {
            let id = self
                .identifier()
                .ok_or_else(|| self.error("expected an identifier"))?;
            if id == "keys" && self.eat("(") {
                let mut inner = self.expression()?;
                if !self.eat(")") {
                    return Err(self.error("expected `)`"));
                }
                inner.push(Step::Keys);
                steps.extend(inner);
            } else {
                steps.push(Step::Field(id));
            }
        }
        loop {
            self.blanks();
            if self.text[self.at..].starts_with("[") {
                self.bracket(&mut steps)?;
            } else if self.eat(".") {
                if self.eat("*") {
                    steps.push(Step::Project);
                } else {
                    let id = self
                        .identifier()
                        .ok_or_else(|| self.error("expected an identifier after `.`"))?;
                    steps.push(Step::Field(id));
                }
            } else {
                return Ok(steps);
            }
        }
    }

    /// `[*]`, `[]` or a multi-select list `[a, b]`.
    fn bracket(&mut self, steps: &mut Vec<Step>) -> Result<(), String> {
        self.eat("[");
        if self.eat("*") {
            if !self.eat("]") {
                return Err(self.error("expected `]`"));
            }
            steps.push(Step::Project);
            return Ok(());
        }
        if self.eat("]") {
            steps.push(Step::Flatten);
            return Ok(());
        }
        let mut items = vec![self.expression()?];
        while self.eat(",") {
            items.push(self.expression()?);
        }
        if !self.eat("]") {
            return Err(self.error("expected `,` or `]`"));
        }
        steps.push(Step::MultiSelect(items));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Step {
        Step::Field(s.into())
    }

    #[test]
    fn the_subset_parses() {
        assert_eq!(parse("Bucket").unwrap(), [f("Bucket")]);
        assert_eq!(
            parse("TableCreationParameters.TableName").unwrap(),
            [f("TableCreationParameters"), f("TableName")]
        );
        assert_eq!(
            parse("TransactItems[*].Get.TableName").unwrap(),
            [f("TransactItems"), Step::Project, f("Get"), f("TableName")]
        );
        assert_eq!(
            parse("keys(RequestItems)").unwrap(),
            [f("RequestItems"), Step::Keys]
        );
        assert_eq!(
            parse("Delete.Objects[].Key").unwrap(),
            [f("Delete"), f("Objects"), Step::Flatten, f("Key")]
        );
        assert_eq!(parse("Tags.*").unwrap(), [f("Tags"), Step::Project]);
        assert_eq!(
            parse("[A, B.C]").unwrap(),
            [Step::MultiSelect(vec![vec![f("A")], vec![f("B"), f("C")]])]
        );
    }

    #[test]
    fn anything_else_is_an_error_with_its_place() {
        for bad in ["", "a.", "a[0]", "a | b", "length(a)", "a[?b]", "1a", "a[*"] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains("at offset"), "{bad}: {e}");
        }
    }
}
