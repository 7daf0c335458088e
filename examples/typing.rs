//! p50/p99 per key typed into the compose text box at 100 and 8,000 words
//! (the percentiles of `cargo bench --bench scale -- typing`, without
//! criterion's runs): `cargo run --release --example typing`.

#[allow(dead_code)]
#[path = "../benches/support/typing.rs"]
mod typing;

fn main() {
    typing::percentiles();
}
