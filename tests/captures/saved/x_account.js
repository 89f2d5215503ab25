window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "rowan.tweets@example.org",
      "username" : "rowan_example",
      "accountDisplayName" : "Rowan"
    }
  }
]
