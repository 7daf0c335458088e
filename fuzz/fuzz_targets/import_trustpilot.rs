#![no_main]

use heard::import::Format;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    heard::fuzzing::import(Format::Trustpilot, data);
});
