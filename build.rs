// `include_dir!` does not notice added or deleted knowledge-base files by itself.
fn main() {
    println!("cargo::rerun-if-changed=faq");
}
