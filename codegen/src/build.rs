//! The generator from a build script: models in, the client written to `OUT_DIR` as one Rust file that the
//! crate includes as its root (or a whole crate written to a folder), `cargo::rerun-if-changed` for every
//! model file and diagnostics printed the cargo way (`cargo::error=`, `cargo::warning=`).
//!
//! ```no_run
//! // build.rs of a crate whose src/lib.rs is
//! //     include!(concat!(env!("OUT_DIR"), "/fsx.rs"));
//! fn main() {
//!     codegen::build::Builder::new()
//!         .model("model/fsx.json")
//!         .operations(["DeleteBackup", "DescribeBackups"])
//!         .module("fsx.rs")
//!         .run_or_exit();
//! }
//! ```
//!
//! The including crate depends on `smithy-runtime` with the features `client` and `default-https` (plus
//! `cbor` for rpcv2Cbor services, `compression` when an operation has `@requestCompression`, `serde` with
//! [`Builder::serde`]). The module is the generated crate with its Cargo features decided: every selected
//! operation, the client and the blocking client compiled in; its tests left out.

// The example is a build script, whose `fn main` is the point.
#![allow(clippy::needless_doctest_main)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;
use syn::visit_mut::VisitMut;

use crate::{File, RuntimeDep, Settings, io};

/// What to generate and where; see the module docs.
#[derive(Debug, Clone, Default)]
pub struct Builder {
    models: Vec<PathBuf>,
    package: Option<String>,
    service: Option<String>,
    operations: Option<Vec<String>>,
    runtime: Option<RuntimeDep>,
    output: Option<Output>,
    serde: bool,
}

#[derive(Debug, Clone)]
enum Output {
    /// One file in `OUT_DIR`.
    Module(String),
    /// A crate in this folder.
    Crate(PathBuf),
}

impl Builder {
    pub fn new() -> Self {
        Self::default()
    }

    /// A model file (`.json` AST or `.smithy` IDL) or folder of them, relative to the crate's folder; call
    /// it again to merge several.
    pub fn model(mut self, path: impl Into<PathBuf>) -> Self {
        self.models.push(path.into());
        self
    }

    /// The service to generate, for a model with several.
    pub fn service(mut self, id: impl Into<String>) -> Self {
        self.service = Some(id.into());
        self
    }

    /// Only these operations (by shape name) and the shapes they reach.
    pub fn operations<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.operations = Some(names.into_iter().map(Into::into).collect());
        self
    }

    /// Writes the client as one file named `file_name` in `OUT_DIR`, for the crate root to `include!`.
    pub fn module(mut self, file_name: impl Into<String>) -> Self {
        self.output = Some(Output::Module(file_name.into()));
        self
    }

    /// Writes a whole crate (with its `Cargo.toml`) into `dir` instead, as `smithy-rs-native codegen`
    /// does; files there that the generator did not write are never replaced.
    pub fn crate_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.output = Some(Output::Crate(dir.into()));
        self
    }

    /// The package name of a [`Builder::crate_dir`] crate (default: the first model's file name).
    pub fn package(mut self, name: impl Into<String>) -> Self {
        self.package = Some(name.into());
        self
    }

    /// How a [`Builder::crate_dir`] crate depends on `smithy-runtime` (default: `version = "0.1"`).
    pub fn runtime(mut self, dep: RuntimeDep) -> Self {
        self.runtime = Some(dep);
        self
    }

    /// `serde` derives in the module (the including crate then depends on `serde` with `derive`, and on
    /// `smithy-runtime` with `serde`).
    pub fn serde(mut self, on: bool) -> Self {
        self.serde = on;
        self
    }

    /// [`Builder::run`], ending the build script with exit status 1 when it fails (the reasons are
    /// printed already).
    pub fn run_or_exit(self) -> PathBuf {
        match self.run() {
            Ok(p) => p,
            Err(_) => std::process::exit(1),
        }
    }

    /// Generates and writes; returns the file or folder written. Every failure is printed as
    /// `cargo::error=` lines before it is returned.
    pub fn run(self) -> Result<PathBuf, String> {
        let result = self.run_quietly();
        if let Err(e) = &result {
            for line in e.lines().filter(|l| !l.trim().is_empty()) {
                println!("cargo::error={line}");
            }
        }
        result
    }

    fn run_quietly(self) -> Result<PathBuf, String> {
        let first = self
            .models
            .first()
            .ok_or("codegen::build: no model given (Builder::model)")?;
        let output = self
            .output
            .clone()
            .ok_or("codegen::build: no output given (Builder::module or Builder::crate_dir)")?;
        let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
        let in_crate = |p: &Path| match &manifest_dir {
            Some(d) if p.is_relative() => d.join(p),
            _ => p.to_path_buf(),
        };
        let models: Vec<PathBuf> = self.models.iter().map(|m| in_crate(m)).collect();
        let sources = io::read_sources(&models)?;
        for s in &sources {
            println!("cargo::rerun-if-changed={}", s.path);
        }
        for m in &models {
            // A folder: a file added to it changes the model too.
            println!("cargo::rerun-if-changed={}", m.display());
        }
        let model = crate::load_sources(&sources).map_err(|d| d.to_string())?;
        let package = match &self.package {
            Some(p) => p.clone(),
            None => first
                .file_stem()
                .and_then(|s| s.to_str())
                .map(str::to_owned)
                .ok_or_else(|| format!("{} has no usable file name", first.display()))?,
        };
        let target = match &output {
            Output::Module(name) => {
                let out = std::env::var_os("OUT_DIR").ok_or(
                    "codegen::build: OUT_DIR is not set; Builder::module is for build scripts",
                )?;
                PathBuf::from(out).join(name)
            }
            Output::Crate(dir) => in_crate(dir),
        };
        let runtime = self
            .runtime
            .clone()
            .unwrap_or_else(|| RuntimeDep::Version("0.1".into()));
        let settings = Settings {
            package,
            source: self
                .models
                .iter()
                .map(|m| m.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
            service: self.service.clone(),
            operations: self.operations.clone(),
            runtime_dependency: runtime.toml_keys(&target),
            standalone: false,
        };
        let (files, notes) =
            crate::generate_with_notes(&model, &settings).map_err(|d| d.to_string())?;
        for n in notes {
            println!("cargo::warning={n}");
        }
        match output {
            Output::Crate(_) => {
                let in_the_way = io::unmanaged_conflicts(&target, &files);
                if !in_the_way.is_empty() {
                    let list: Vec<String> =
                        in_the_way.iter().map(|p| p.display().to_string()).collect();
                    return Err(format!(
                        "codegen::build: not written, because these files were not written by the generator: {}",
                        list.join(", ")
                    ));
                }
                io::write_crate(&target, &files)?;
            }
            Output::Module(_) => {
                // The runtime's macros (`string_enum!`, ...) expand in the including crate and test its
                // `serde` feature: declare it, and turn it on when serde was asked for.
                println!("cargo::rustc-check-cfg=cfg(feature, values(\"serde\"))");
                if self.serde {
                    println!("cargo::rustc-cfg=feature=\"serde\"");
                }
                let text = single_file(&files, &settings, self.serde)?;
                if std::fs::read_to_string(&target).ok().as_deref() != Some(text.as_str()) {
                    std::fs::write(&target, text)
                        .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
                }
            }
        }
        Ok(target)
    }
}

/// The crate's `src/` as one file for the crate root: each `mod x;` replaced by the module's items, the
/// Cargo features decided (everything on but `serde`, which is `serde_on`), tests left out, and the
/// root's inner attributes turned into outer ones on every item (`include!` takes no inner attributes).
pub fn single_file(files: &[File], settings: &Settings, serde_on: bool) -> Result<String, String> {
    let sources: BTreeMap<&str, &str> = files
        .iter()
        .filter_map(|f| {
            f.path
                .strip_prefix("src/")
                .map(|p| (p, f.contents.as_str()))
        })
        .collect();
    let root = parse(&sources, "lib.rs")?;
    let mut items = inline(&sources, "", root.items)?;
    let mut decide = Decide { serde_on };
    items.retain(|i| decide.keep(item_attrs(i)));
    for i in &mut items {
        decide.visit_item_mut(i);
    }
    let allows: Vec<&syn::Attribute> = root
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("allow"))
        .collect();
    let allows: Vec<TokenStream> = allows
        .iter()
        .map(|a| {
            let meta = &a.meta;
            quote!(#[#meta])
        })
        .collect();
    let items: Vec<TokenStream> = items.into_iter().map(|i| quote!(#(#allows)* #i)).collect();
    let file = crate::emit::print(quote!(#(#items)*)).map_err(|e| {
        format!("codegen::build: the flattened module does not parse ({e}); a bug in codegen")
    })?;
    Ok(format!(
        "{}{file}",
        crate::emit::generated_line(settings, "//")
    ))
}

fn parse(sources: &BTreeMap<&str, &str>, path: &str) -> Result<syn::File, String> {
    let text = sources
        .get(path)
        .ok_or_else(|| format!("codegen::build: src/{path} was not generated; a bug in codegen"))?;
    syn::parse_file(text).map_err(|e| format!("codegen::build: src/{path} does not parse ({e})"))
}

/// `items` of the module at `dir` (`""` for the root, `types/` for `src/types/mod.rs`), with every
/// `mod x;` given its items from `x.rs` or `x/mod.rs`.
fn inline(
    sources: &BTreeMap<&str, &str>,
    dir: &str,
    items: Vec<syn::Item>,
) -> Result<Vec<syn::Item>, String> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match item {
            syn::Item::Mod(mut m) if m.content.is_none() => {
                let name = m.ident.to_string();
                let name = name.strip_prefix("r#").unwrap_or(&name).to_string();
                let (path, sub) = if sources.contains_key(format!("{dir}{name}.rs").as_str()) {
                    (format!("{dir}{name}.rs"), format!("{dir}{name}/"))
                } else {
                    (format!("{dir}{name}/mod.rs"), format!("{dir}{name}/"))
                };
                let file = parse(sources, &path)?;
                // The file's `//!` docs become the module's `///` ones.
                m.attrs.extend(file.attrs.into_iter().map(|mut a| {
                    a.style = syn::AttrStyle::Outer;
                    a
                }));
                m.content = Some((
                    syn::token::Brace::default(),
                    inline(sources, &sub, file.items)?,
                ));
                m.semi = None;
                out.push(syn::Item::Mod(m));
            }
            other => out.push(other),
        }
    }
    Ok(out)
}

fn item_attrs_mut(i: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    Some(match i {
        syn::Item::Const(x) => &mut x.attrs,
        syn::Item::Enum(x) => &mut x.attrs,
        syn::Item::Fn(x) => &mut x.attrs,
        syn::Item::Impl(x) => &mut x.attrs,
        syn::Item::Macro(x) => &mut x.attrs,
        syn::Item::Mod(x) => &mut x.attrs,
        syn::Item::Static(x) => &mut x.attrs,
        syn::Item::Struct(x) => &mut x.attrs,
        syn::Item::Trait(x) => &mut x.attrs,
        syn::Item::Type(x) => &mut x.attrs,
        syn::Item::Union(x) => &mut x.attrs,
        syn::Item::Use(x) => &mut x.attrs,
        _ => return None,
    })
}

fn item_attrs(i: &syn::Item) -> &[syn::Attribute] {
    match i {
        syn::Item::Const(x) => &x.attrs,
        syn::Item::Enum(x) => &x.attrs,
        syn::Item::Fn(x) => &x.attrs,
        syn::Item::Impl(x) => &x.attrs,
        syn::Item::Macro(x) => &x.attrs,
        syn::Item::Mod(x) => &x.attrs,
        syn::Item::Static(x) => &x.attrs,
        syn::Item::Struct(x) => &x.attrs,
        syn::Item::Trait(x) => &x.attrs,
        syn::Item::Type(x) => &x.attrs,
        syn::Item::Union(x) => &x.attrs,
        syn::Item::Use(x) => &x.attrs,
        _ => &[],
    }
}

/// Decides the `cfg`s the generated code uses: `feature = "..."` (all on but `serde` unless asked for)
/// and `test` (off).
struct Decide {
    serde_on: bool,
}

impl Decide {
    fn on(&self, meta: &syn::Meta) -> bool {
        match meta {
            syn::Meta::Path(p) => !p.is_ident("test"),
            syn::Meta::NameValue(nv) if nv.path.is_ident("feature") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) => s.value() != "serde" || self.serde_on,
                _ => true,
            },
            syn::Meta::List(l) => {
                let inner: Vec<syn::Meta> = l
                    .parse_args_with(
                        syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
                    )
                    .map(|p| p.into_iter().collect())
                    .unwrap_or_default();
                if l.path.is_ident("all") {
                    inner.iter().all(|m| self.on(m))
                } else if l.path.is_ident("any") {
                    inner.iter().any(|m| self.on(m))
                } else if l.path.is_ident("not") {
                    !inner.iter().all(|m| self.on(m))
                } else {
                    true
                }
            }
            _ => true,
        }
    }

    /// Whether an item with these attributes stays.
    fn keep(&self, attrs: &[syn::Attribute]) -> bool {
        attrs
            .iter()
            .filter(|a| a.path().is_ident("cfg"))
            .all(|a| a.parse_args::<syn::Meta>().is_ok_and(|m| self.on(&m)))
    }

    /// Drops decided `cfg`s and resolves `cfg_attr`s.
    fn resolve(&self, attrs: &mut Vec<syn::Attribute>) {
        let mut out = Vec::with_capacity(attrs.len());
        for a in attrs.drain(..) {
            if a.path().is_ident("cfg") {
                continue;
            }
            if a.path().is_ident("cfg_attr")
                && let syn::Meta::List(l) = &a.meta
                && let Ok(parts) = l.parse_args_with(
                    syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated,
                )
            {
                let mut parts = parts.into_iter();
                if let Some(cond) = parts.next() {
                    if self.on(&cond) {
                        for m in parts {
                            out.push(syn::parse_quote!(#[#m]));
                        }
                    }
                    continue;
                }
            }
            out.push(a);
        }
        *attrs = out;
    }
}

impl VisitMut for Decide {
    fn visit_item_mod_mut(&mut self, m: &mut syn::ItemMod) {
        if let Some((_, items)) = &mut m.content {
            items.retain(|i| self.keep(item_attrs(i)));
        }
        syn::visit_mut::visit_item_mod_mut(self, m);
    }

    fn visit_item_mut(&mut self, i: &mut syn::Item) {
        if let Some(attrs) = item_attrs_mut(i) {
            self.resolve(attrs);
        }
        syn::visit_mut::visit_item_mut(self, i);
    }

    fn visit_item_impl_mut(&mut self, i: &mut syn::ItemImpl) {
        i.items.retain(|item| match item {
            syn::ImplItem::Fn(f) => self.keep(&f.attrs),
            syn::ImplItem::Const(c) => self.keep(&c.attrs),
            _ => true,
        });
        syn::visit_mut::visit_item_impl_mut(self, i);
    }

    fn visit_impl_item_fn_mut(&mut self, f: &mut syn::ImplItemFn) {
        self.resolve(&mut f.attrs);
        syn::visit_mut::visit_impl_item_fn_mut(self, f);
    }

    fn visit_field_mut(&mut self, f: &mut syn::Field) {
        self.resolve(&mut f.attrs);
        syn::visit_mut::visit_field_mut(self, f);
    }

    fn visit_variant_mut(&mut self, v: &mut syn::Variant) {
        self.resolve(&mut v.attrs);
        syn::visit_mut::visit_variant_mut(self, v);
    }
}
