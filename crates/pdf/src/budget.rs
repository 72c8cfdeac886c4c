//! A count of work with a ceiling: what a file may ask the reader to do
//! (bytes, operators, table entries), declined once it asks for more. One
//! kind for the file's whole read (`file.rs`) and for one table's entries
//! (a font's widths, a `ToUnicode` map's codes), each with its own ceiling
//! and reason.

use crate::Declined;

pub struct Budget {
    used: usize,
    most: usize,
    /// Why a file that goes past it is declined.
    why: &'static str,
}

impl Budget {
    pub fn new(most: usize, why: &'static str) -> Self {
        Budget { used: 0, most, why }
    }

    /// Counts `units`; past the ceiling, the file is declined.
    pub fn spend(&mut self, units: usize) -> Result<(), Declined> {
        self.used = self.used.saturating_add(units);
        if self.used > self.most {
            return Err(Declined::Unsupported(self.why));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declines_past_the_ceiling_and_not_at_it() {
        let mut budget = Budget::new(10, "过多");
        assert_eq!(budget.spend(4), Ok(()));
        assert_eq!(budget.spend(6), Ok(()));
        assert_eq!(budget.spend(1), Err(Declined::Unsupported("过多")));
        assert_eq!(
            Budget::new(1, "x").spend(usize::MAX),
            Err(Declined::Unsupported("x"))
        );
    }
}
