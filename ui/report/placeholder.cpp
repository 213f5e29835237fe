// Replaced by the report renderer.
