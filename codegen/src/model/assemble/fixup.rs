//! A file that used a prelude name relatively (`String`, `@required`) in a namespace that defines the name
//! in some file: the name is the namespace's (spec: idl.rst, "Relative shape ID resolution"), which its
//! parse could not know. Where the parser recorded the use ([`Fixup`]), the id is corrected in place;
//! anything else makes the caller parse the file again, knowing the names.

use std::collections::BTreeSet;

use super::complete::member_mut;
use super::idl::{Fixup, Parsed, Site};
use crate::model::AstTraits;

/// Corrects `p` (of namespace `ns`) for the prelude names in `names`. `false` when it cannot: a use
/// that was not recorded, an error (which may depend on the resolution), or a correction that would make
/// two traits one.
pub(crate) fn apply(p: &mut Parsed, ns: &str, names: &BTreeSet<String>) -> bool {
    if !p.errors.is_empty() || names.iter().any(|n| p.unpatched.contains(n)) {
        return false;
    }
    let fix = |name: &str| (format!("smithy.api#{name}"), format!("{ns}#{name}"));
    for def in &mut p.defs {
        for Fixup { name, site } in std::mem::take(&mut def.fixups) {
            if !names.contains(&name) {
                continue;
            }
            let (old, new) = fix(&name);
            let shape = &mut def.shape;
            let done = match site {
                Site::MemberTarget(m) => match member_mut(shape, &m) {
                    Some(member) if member.target == old => {
                        member.target = new;
                        true
                    }
                    _ => false,
                },
                Site::Mixin(i) => match shape.mixins.get_mut(i) {
                    Some(r) if r.target == old => {
                        r.target = new;
                        true
                    }
                    _ => false,
                },
                Site::ShapeTrait(annotation) => {
                    let done = rename(&mut shape.traits, &old, &new);
                    if annotation {
                        def.annotations.push((None, new));
                    }
                    done
                }
                Site::MemberTrait(m, annotation) => {
                    let done =
                        member_mut(shape, &m).is_some_and(|x| rename(&mut x.traits, &old, &new));
                    if annotation {
                        def.annotations.push((Some(m), new));
                    }
                    done
                }
            };
            if !done {
                return false;
            }
        }
    }
    for a in &mut p.applies {
        for Fixup { name, site } in std::mem::take(&mut a.fixups) {
            if !names.contains(&name) {
                continue;
            }
            let (old, new) = fix(&name);
            let Site::ShapeTrait(annotation) = site else {
                return false;
            };
            if !rename(&mut a.traits, &old, &new) {
                return false;
            }
            if annotation {
                a.annotations.push(new);
            }
        }
    }
    true
}

/// Renames trait `old` to `new` where it stands; `false` when `old` is not there or `new` already is.
fn rename(traits: &mut AstTraits, old: &str, new: &str) -> bool {
    if traits.contains_key(new) {
        return false;
    }
    let Some(i) = traits.get_index_of(old) else {
        return false;
    };
    let Some((_, value)) = traits.shift_remove_index(i) else {
        return false;
    };
    let (j, _) = traits.insert_full(new.to_string(), value);
    traits.move_index(j, i);
    true
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use super::super::idl;

    fn smithy_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let p = e.unwrap_or_else(|e| panic!("{e}")).path();
            if p.is_dir() {
                smithy_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "smithy") {
                out.push(p);
            }
        }
    }

    /// Correcting a parse in place gives what parsing again with the names known gives, on every file of
    /// the protocol test models whose namespace defines a prelude name it uses (`Document`, `String`,
    /// `NonEmptyString`, ...). Fails loudly when ../shared is missing.
    #[test]
    fn corrections_equal_a_second_parse() {
        let root = PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/smithy-protocol-tests"
        ));
        let mut files = Vec::new();
        smithy_files(&root, &mut files);
        assert!(
            files.len() > 150,
            "the protocol test models are missing at {}",
            root.display()
        );
        let parsed: Vec<(Vec<u8>, idl::Parsed)> = files
            .iter()
            .map(|f| {
                let b = std::fs::read(f).unwrap_or_else(|e| panic!("{e}"));
                let p = idl::parse(&b, &BTreeSet::new());
                (b, p)
            })
            .collect();
        let defined: BTreeSet<String> = parsed
            .iter()
            .flat_map(|(_, p)| p.defs.iter().map(|d| d.id.clone()))
            .collect();
        let mut checked = 0;
        for (bytes, mut p) in parsed {
            let Some(ns) = p.namespace.clone() else {
                continue;
            };
            let names: BTreeSet<String> = p
                .ambiguous
                .iter()
                .filter(|n| defined.contains(&format!("{ns}#{n}")))
                .cloned()
                .collect();
            if names.is_empty() || ns == "smithy.api" {
                continue;
            }
            let again = idl::parse(&bytes, &names);
            if !super::apply(&mut p, &ns, &names) {
                continue;
            }
            checked += 1;
            let view = |p: &idl::Parsed| -> Vec<String> {
                let mut v: Vec<String> = p
                    .defs
                    .iter()
                    .map(|d| {
                        let mut a = d.annotations.clone();
                        a.sort();
                        format!("{} {:?} {a:?}", d.id, d.shape)
                    })
                    .chain(
                        p.applies
                            .iter()
                            .map(|a| format!("{} {:?}", a.target, a.traits)),
                    )
                    .collect();
                v.sort();
                v
            };
            assert_eq!(view(&p), view(&again), "{ns}");
        }
        assert!(checked >= 4, "only {checked} files were corrected in place");
    }
}
