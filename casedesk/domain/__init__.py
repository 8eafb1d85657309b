"""The domain of casedesk: vocabulary, value types and rules. Pure Python, no I/O."""
