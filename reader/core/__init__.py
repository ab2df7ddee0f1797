"""The Qt-free heart of Reader: models, importers, storage and the library service."""
