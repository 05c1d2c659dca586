//! Rebuild when a translation file is added: the i18n macro only tracks files it already knows.

fn main() {
    println!("cargo:rerun-if-changed=assets/i18n");
    println!("cargo:rerun-if-changed=assets/i18n/nl");
    println!("cargo:rerun-if-changed=assets/i18n/en");
}
