def greet():
    return 'hello from ' + __name__ + ' in ' + __package__
