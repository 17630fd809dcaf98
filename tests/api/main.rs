//! The crate tested from outside, through its public API alone, as a program that embeds
//! it uses it: one test binary, a module per subject. The examples are run as the
//! command line they are (`examples`). Compile-fail cases (`tests/compile_fail.rs`) and
//! the spreadsheet program (`tests/spreadsheet`) are binaries of their own.

mod fixtures;

#[global_allocator]
static GLOBAL: fixtures::alloc::Counting = fixtures::alloc::Counting;

mod assessment_json;
mod baseline_parity;
mod embedding;
mod examples;
mod first_release_example;
mod html;
mod known_editions;
mod matrix;
mod migration;
mod names;
mod no_alloc;
mod output_safety;
mod perspectives;
mod plan;
mod progression;
mod properties;
mod reports;
mod retired_ids;
mod safety;
mod workbook;
mod workbook_hostile;
mod workbook_memory;
mod workbook_plan;
mod written_read_back;
