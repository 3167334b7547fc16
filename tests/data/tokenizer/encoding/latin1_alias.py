# coding: latin1
x = '€'
