//! The generator's random numbers: splitmix64, small and the same on every platform, so that
//! a seed gives the same meeting everywhere and in every version that keeps this sequence.

/// A splitmix64 sequence.
pub(super) struct Rng(u64);

impl Rng {
    /// The sequence of `seed`; a different purpose mixed in gives an independent sequence.
    pub fn new(seed: u64, purpose: u64) -> Rng {
        let mut rng = Rng(seed ^ purpose.wrapping_mul(0xD1B5_4A32_D192_ED03));
        rng.next();
        rng
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0); the bias of the modulo is negligible for the small `n` used.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True `per_mille` times in a thousand.
    pub fn chance(&mut self, per_mille: u32) -> bool {
        self.below(1000) < per_mille as usize
    }

    /// One of `items` (not empty).
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn a_seed_gives_one_sequence_and_another_seed_another() {
        let take = |seed| {
            let mut r = Rng::new(seed, 1);
            (0..8).map(|_| r.next()).collect::<Vec<_>>()
        };
        assert_eq!(take(7), take(7), "the same seed must give the same numbers, or the meeting is not reproducible");
        assert_ne!(take(7), take(8), "another seed must give other numbers");
        let mut r = Rng::new(1, 2);
        assert!((0..1000).all(|_| r.below(3) < 3), "below(n) stays below n");
    }
}
