"""Named-entity recognition backends."""
