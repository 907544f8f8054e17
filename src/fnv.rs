//! FNV-1a, for hash maps keyed by short text okpay reads in bulk (merchant ids, report groups):
//! a report looks a key up for every payment, and SipHash cost it a twentieth of its time. Its
//! protection against keys chosen to collide buys nothing in a single user's own wallet.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` hashed with [`Fnv`].
pub type FnvHashMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// FNV-1a, 64 bits.
#[derive(Debug, Default)]
pub struct Fnv(u64);

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { OFFSET } else { self.0 };
        for b in bytes {
            h = (h ^ u64::from(*b)).wrapping_mul(PRIME);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published FNV-1a test vectors, and a map that finds what it holds.
    #[test]
    fn fnv1a_matches_the_reference_and_maps_work() {
        let hash = |bytes: &[u8]| {
            let mut h = Fnv::default();
            h.write(bytes);
            h.finish()
        };
        assert_eq!(hash(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash(b"foobar"), 0x8594_4171_f739_67e8);
        let mut map: FnvHashMap<String, i32> = FnvHashMap::default();
        map.insert("mer_1".into(), 1);
        map.insert("mer_2".into(), 2);
        assert_eq!(map.get("mer_2"), Some(&2));
        assert_eq!(map.get("mer_3"), None);
    }
}
