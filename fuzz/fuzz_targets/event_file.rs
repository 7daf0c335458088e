#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    heard::fuzzing::event_file(data);
});
