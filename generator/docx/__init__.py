"""Two-level DOCX writing: ``oxml`` holds small XML helpers, ``package`` the file; renderers only call them."""
