"""Quarter end on the OKR screen: grade, write the retrospective, close, reopen, carry over."""
