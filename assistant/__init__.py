"""Settings, question answering, drafting, export and the command line, over vectorstore."""
