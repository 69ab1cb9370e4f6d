//! Which computed styles each element of a saved drawing carries: the page's stylesheet is not
//! in the file, so what it gave an element is written as SVG presentation attributes, and only
//! where it differs from what the element would have anyway.

/// Whether a CSS property is passed down to children.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inheritance {
    Inherited,
    /// Not inherited; the value it has unless set.
    Own(&'static str),
}

/// The computed styles a drawing needs in its file, each written as the SVG presentation
/// attribute of the same name.
pub const PICTURE_STYLES: [(&str, Inheritance); 17] = [
    ("fill", Inheritance::Inherited),
    ("fill-opacity", Inheritance::Inherited),
    ("stroke", Inheritance::Inherited),
    ("stroke-width", Inheritance::Inherited),
    ("stroke-opacity", Inheritance::Inherited),
    ("stroke-dasharray", Inheritance::Inherited),
    ("stroke-linejoin", Inheritance::Inherited),
    ("stroke-linecap", Inheritance::Inherited),
    ("paint-order", Inheritance::Inherited),
    ("font-family", Inheritance::Inherited),
    ("font-size", Inheritance::Inherited),
    ("font-weight", Inheritance::Inherited),
    ("text-anchor", Inheritance::Inherited),
    ("visibility", Inheritance::Inherited),
    ("opacity", Inheritance::Own("1")),
    ("vector-effect", Inheritance::Own("none")),
    ("display", Inheritance::Own("inline")),
];

/// The attributes an element of the drawing gets: `own` are its computed values of
/// [`PICTURE_STYLES`] (in that order), `parent` its parent's, `None` for the drawing's root.
/// An inherited property is written where it differs from the parent's (the root writes them
/// all), another where it differs from its initial value. Nothing else is written, so the file
/// stays small.
pub fn style_attributes<'a>(
    own: &'a [String],
    parent: Option<&[String]>,
) -> Vec<(&'static str, &'a str)> {
    PICTURE_STYLES
        .iter()
        .zip(own)
        .enumerate()
        .filter(|(index, ((_, inheritance), value))| match inheritance {
            Inheritance::Inherited => parent.is_none_or(|p| p.get(*index) != Some(*value)),
            Inheritance::Own(initial) => value.as_str() != *initial,
        })
        .map(|(_, ((name, _), value))| (*name, value.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(values: &[(&str, &str)]) -> Vec<String> {
        PICTURE_STYLES
            .iter()
            .map(|(name, inheritance)| {
                values
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.to_string())
                    .unwrap_or_else(|| match inheritance {
                        Inheritance::Own(initial) => initial.to_string(),
                        Inheritance::Inherited => "x".to_string(),
                    })
            })
            .collect()
    }

    #[test]
    fn an_element_carries_only_what_differs_from_its_parent_and_the_initial_values() {
        let parent = styles(&[("fill", "rgb(11, 92, 173)"), ("stroke", "none")]);
        let child = styles(&[
            ("fill", "rgb(11, 92, 173)"),
            ("stroke", "rgb(255, 255, 255)"),
            ("opacity", "0.92"),
        ]);
        assert_eq!(
            style_attributes(&child, Some(&parent)),
            [("stroke", "rgb(255, 255, 255)"), ("opacity", "0.92")]
        );
        // The root writes every inherited property, and no property at its initial value.
        let root = style_attributes(&parent, None);
        assert_eq!(root.len(), 14);
        assert!(!root.iter().any(|(name, _)| *name == "opacity"));
    }
}
