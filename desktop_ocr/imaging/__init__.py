"""Image intake (no Qt): load files into upright RGB pages, fit them to a backend's limits."""
