//! Positions sorted a piece at a time, so a large dataset's sorts can stop between pieces and
//! the browser paint in between: blocks sorted first, then merged pairwise, each merge
//! resumable where it stopped.

use std::cmp::Ordering;

/// Merging takes this many positions per event of a slice: a merge compares two keys, far
/// less work than checking or indexing an event.
const MERGED_PER_EVENT: usize = 16;

/// Positions `0..len` being sorted by a comparison given at each step.
pub(super) enum SlicedSort {
    /// Each block of `block` positions sorted up to `sorted` (the first step sizes the blocks).
    Blocks {
        positions: Vec<u32>,
        block: usize,
        sorted: usize,
    },
    /// Runs of `run` positions each sorted, merged pairwise into `merged`, a round after
    /// another: the pair starting at `at` is merged up to `i` and `j` of its two runs.
    Runs {
        positions: Vec<u32>,
        run: usize,
        merged: Vec<u32>,
        at: usize,
        i: usize,
        j: usize,
    },
    Done(Vec<u32>),
}

impl SlicedSort {
    pub(super) fn new(len: usize) -> SlicedSort {
        SlicedSort::Blocks {
            positions: (0..len as u32).collect(),
            block: 0,
            sorted: 0,
        }
    }

    /// One more piece: a block of `n` sorted, or `n` events' worth of merging; whether any
    /// is left. `cmp` must be the same at every step.
    pub(super) fn step(&mut self, n: usize, cmp: impl Fn(&u32, &u32) -> Ordering) -> bool {
        let state = std::mem::replace(self, SlicedSort::Done(Vec::new()));
        *self = match state {
            SlicedSort::Blocks {
                mut positions,
                block,
                sorted,
            } => {
                let block = if block == 0 { n.max(1) } else { block };
                let to = sorted.saturating_add(block).min(positions.len());
                positions[sorted..to].sort_unstable_by(&cmp);
                match to < positions.len() {
                    true => SlicedSort::Blocks {
                        positions,
                        block,
                        sorted: to,
                    },
                    false => SlicedSort::Runs {
                        positions,
                        run: block,
                        merged: Vec::new(),
                        at: 0,
                        i: 0,
                        j: 0,
                    },
                }
            }
            SlicedSort::Runs { positions, run, .. } if run >= positions.len() => {
                SlicedSort::Done(positions)
            }
            SlicedSort::Runs {
                positions,
                run,
                mut merged,
                mut at,
                mut i,
                mut j,
            } => {
                if merged.capacity() == 0 {
                    merged.reserve_exact(positions.len());
                }
                let len = positions.len();
                let mut budget = n.saturating_mul(MERGED_PER_EVENT).max(1);
                while at < len && budget > 0 {
                    let middle = at.saturating_add(run).min(len);
                    let (a, b) = (
                        &positions[at..middle],
                        &positions[middle..middle.saturating_add(run).min(len)],
                    );
                    while i < a.len() && j < b.len() && budget > 0 {
                        if cmp(&b[j], &a[i]).is_lt() {
                            merged.push(b[j]);
                            j += 1;
                        } else {
                            merged.push(a[i]);
                            i += 1;
                        }
                        budget -= 1;
                    }
                    if i == a.len() || j == b.len() {
                        // One run is used up: the rest of the other follows as it is.
                        merged.extend_from_slice(&a[i..]);
                        merged.extend_from_slice(&b[j..]);
                        at += a.len() + b.len();
                        (i, j) = (0, 0);
                    }
                }
                match at < len {
                    true => SlicedSort::Runs {
                        positions,
                        run,
                        merged,
                        at,
                        i,
                        j,
                    },
                    false => SlicedSort::Runs {
                        positions: merged,
                        run: run.saturating_mul(2),
                        // The old round's room is the next one's.
                        merged: {
                            let mut room = positions;
                            room.clear();
                            room
                        },
                        at: 0,
                        i: 0,
                        j: 0,
                    },
                }
            }
            done => done,
        };
        !matches!(self, SlicedSort::Done(_))
    }

    /// The positions in order, once no step is left (finished here if some are).
    pub(super) fn finish(mut self, cmp: impl Fn(&u32, &u32) -> Ordering) -> Vec<u32> {
        while self.step(usize::MAX, &cmp) {}
        match self {
            SlicedSort::Done(positions) => positions,
            _ => unreachable!("every step was taken"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SlicedSort;

    #[test]
    fn sorted_in_pieces_as_at_once() {
        let keys: Vec<u32> = (0..1000u32).map(|k| (k * 7919) % 613).collect();
        let cmp = |a: &u32, b: &u32| keys[*a as usize].cmp(&keys[*b as usize]).then(a.cmp(b));
        let mut whole: Vec<u32> = (0..keys.len() as u32).collect();
        whole.sort_by(cmp);
        for n in [1, 2, 7, 300, 1000, usize::MAX] {
            let mut sort = SlicedSort::new(keys.len());
            while sort.step(n, cmp) {}
            assert_eq!(sort.finish(cmp), whole, "pieces of {n}");
        }
        assert!(SlicedSort::new(0).finish(cmp).is_empty());
    }
}
