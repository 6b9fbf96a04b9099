//! Empty on purpose: the build of the dependency is what is measured.
