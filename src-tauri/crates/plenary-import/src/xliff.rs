//! XLIFF 2.0 files coming back from a translator.
