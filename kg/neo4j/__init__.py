"""Neo4j: the serving store (the server the project runs, and writing to it)."""
