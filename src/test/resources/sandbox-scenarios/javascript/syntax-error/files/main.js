console.log("hello";
