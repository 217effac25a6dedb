print("thidua: not wired yet")
